@NullMarked
package org.aimsportal.web.admin;

import org.jspecify.annotations.NullMarked;
