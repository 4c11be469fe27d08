@NullMarked
package org.aimsportal.app.demo;

import org.jspecify.annotations.NullMarked;
