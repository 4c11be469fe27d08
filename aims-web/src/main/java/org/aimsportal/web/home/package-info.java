@NullMarked
package org.aimsportal.web.home;

import org.jspecify.annotations.NullMarked;
