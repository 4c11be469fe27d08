/** Base entity, auditing configuration and shared value types. */
@NullMarked
package org.aimsportal.domain.shared;

import org.jspecify.annotations.NullMarked;
