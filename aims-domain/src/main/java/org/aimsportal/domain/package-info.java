/** Shared kernel of AIMS Portal: entities, value objects, repositories and domain events. */
@NullMarked
package org.aimsportal.domain;

import org.jspecify.annotations.NullMarked;
