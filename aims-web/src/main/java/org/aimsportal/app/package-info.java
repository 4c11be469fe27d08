@NullMarked
package org.aimsportal.app;

import org.jspecify.annotations.NullMarked;
