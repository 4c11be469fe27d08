@NullMarked
package org.aimsportal.web.account;

import org.jspecify.annotations.NullMarked;
