/** The AI-system inventory: the first register. */
@NullMarked
package org.aimsportal.domain.system;

import org.jspecify.annotations.NullMarked;
