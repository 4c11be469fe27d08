/** In-app notifications. */
@NullMarked
package org.aimsportal.domain.notification;

import org.jspecify.annotations.NullMarked;
