@NullMarked
package org.aimsportal.app.security;

import org.jspecify.annotations.NullMarked;
