@NullMarked
package org.aimsportal.app.notification;

import org.jspecify.annotations.NullMarked;
