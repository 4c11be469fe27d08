/** The append-only, hash-chained audit trail. */
@NullMarked
package org.aimsportal.domain.audit;

import org.jspecify.annotations.NullMarked;
