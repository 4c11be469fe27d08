@NullMarked
package org.aimsportal.app.support;

import org.jspecify.annotations.NullMarked;
