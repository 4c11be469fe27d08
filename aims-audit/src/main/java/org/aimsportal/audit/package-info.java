/** Audit services: the trail's history and verification, and the AIMS scope. */
@NullMarked
package org.aimsportal.audit;

import org.jspecify.annotations.NullMarked;
