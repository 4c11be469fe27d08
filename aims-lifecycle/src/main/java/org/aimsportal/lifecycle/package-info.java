/** Lifecycle services: the AI-system inventory and intake. */
@NullMarked
package org.aimsportal.lifecycle;

import org.jspecify.annotations.NullMarked;
