/** Versioned statements of the AIMS scope and boundaries. */
@NullMarked
package org.aimsportal.domain.scope;

import org.jspecify.annotations.NullMarked;
