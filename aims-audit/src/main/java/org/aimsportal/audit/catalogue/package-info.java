@NullMarked
package org.aimsportal.audit.catalogue;

import org.jspecify.annotations.NullMarked;
