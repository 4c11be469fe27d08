/** AIMS Portal application: {@code web} holds controllers, {@code app} the infrastructure they run on. */
@NullMarked
package org.aimsportal;

import org.jspecify.annotations.NullMarked;
