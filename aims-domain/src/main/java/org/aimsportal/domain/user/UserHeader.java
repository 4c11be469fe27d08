package org.aimsportal.domain.user;

/** What the page header shows about the signed-in user, read in one query. */
public record UserHeader(String displayName, long unreadNotifications) {

}
