/** Configurable criteria deciding which AI systems need formal governance review. */
@NullMarked
package org.aimsportal.domain.triage;

import org.jspecify.annotations.NullMarked;
