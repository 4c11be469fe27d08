@NullMarked
package org.aimsportal.web.intake;

import org.jspecify.annotations.NullMarked;
