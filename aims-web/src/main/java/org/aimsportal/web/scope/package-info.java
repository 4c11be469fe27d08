@NullMarked
package org.aimsportal.web.scope;

import org.jspecify.annotations.NullMarked;
