@NullMarked
package org.aimsportal.web.system;

import org.jspecify.annotations.NullMarked;
