@NullMarked
package org.aimsportal.app.database;

import org.jspecify.annotations.NullMarked;
