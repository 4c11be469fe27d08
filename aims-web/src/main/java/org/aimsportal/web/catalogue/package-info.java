@NullMarked
package org.aimsportal.web.catalogue;

import org.jspecify.annotations.NullMarked;
