@NullMarked
package org.aimsportal.web.support;

import org.jspecify.annotations.NullMarked;
