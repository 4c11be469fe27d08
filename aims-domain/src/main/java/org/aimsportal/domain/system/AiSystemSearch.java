package org.aimsportal.domain.system;

import java.util.function.Consumer;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Sort;

/** Filtered, sorted reads of the inventory that fetch each row with its owner and unit names. */
public interface AiSystemSearch {

	Page<AiSystemRow> search(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction, int page, int size);

	/** Streams every matching row, for exports, without loading them all at once. */
	void forEachRow(AiSystemFilter filter, AiSystemSort sort, Sort.Direction direction, Consumer<AiSystemRow> sink);

}
