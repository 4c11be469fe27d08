@NullMarked
package org.aimsportal.audit.trail;

import org.jspecify.annotations.NullMarked;
