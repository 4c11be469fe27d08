/** User accounts, roles and API tokens. */
@NullMarked
package org.aimsportal.domain.user;

import org.jspecify.annotations.NullMarked;
