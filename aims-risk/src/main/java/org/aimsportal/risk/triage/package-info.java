/** Governance-review triage of AI systems (M1.6). */
@NullMarked
package org.aimsportal.risk.triage;

import org.jspecify.annotations.NullMarked;
