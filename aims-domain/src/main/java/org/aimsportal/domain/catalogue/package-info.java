/** The ISO/IEC 42001 catalogue, crosswalk rows and EU AI Act reference data. */
@NullMarked
package org.aimsportal.domain.catalogue;

import org.jspecify.annotations.NullMarked;
