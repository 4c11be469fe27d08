@NullMarked
package org.aimsportal.web.notification;

import org.jspecify.annotations.NullMarked;
