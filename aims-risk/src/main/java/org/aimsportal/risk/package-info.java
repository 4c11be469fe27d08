/** Risk services. The public API is this package; sub-packages are internal. */
@NullMarked
package org.aimsportal.risk;

import org.jspecify.annotations.NullMarked;
