/** The AI-system inventory: registration, intake of proposed use cases, edits and archiving. */
@NullMarked
package org.aimsportal.lifecycle.inventory;

import org.jspecify.annotations.NullMarked;
