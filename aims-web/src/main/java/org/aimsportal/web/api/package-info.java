@NullMarked
package org.aimsportal.web.api;

import org.jspecify.annotations.NullMarked;
