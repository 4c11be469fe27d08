@NullMarked
package org.aimsportal.web;

import org.jspecify.annotations.NullMarked;
