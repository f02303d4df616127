package nl.tandem.platform;

import java.util.List;

/**
 * One page of a list, as read models return it: the rows, where the page is, and how many
 * rows there are in all.
 */
public record PageOf<T>(List<T> rows, int page, int size, long total) {

	public static final int DEFAULT_SIZE = 25;

	public PageOf {
		rows = List.copyOf(rows);
		if (page < 0 || size <= 0) {
			throw new IllegalArgumentException("page must be >= 0 and size > 0");
		}
	}

	public int totalPages() {
		return (int) Math.max(1, (this.total + this.size - 1) / this.size);
	}

	public boolean hasPrevious() {
		return this.page > 0;
	}

	public boolean hasNext() {
		return this.page + 1 < totalPages();
	}

	public long offset() {
		return (long) this.page * this.size;
	}

	public static int offset(int page, int size) {
		return Math.max(0, page) * size;
	}

}
