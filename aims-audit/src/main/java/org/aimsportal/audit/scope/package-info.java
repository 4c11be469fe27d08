@NullMarked
package org.aimsportal.audit.scope;

import org.jspecify.annotations.NullMarked;
