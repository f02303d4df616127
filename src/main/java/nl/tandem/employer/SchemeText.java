package nl.tandem.employer;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The information on a scheme in one language, as the organisation wrote it. The text is
 * plain: a blank line starts a new paragraph and lines that start with "- " form a list.
 * Pages show it through {@link #blocks()}, always escaped, so no text can bring markup
 * into a page.
 */
public record SchemeText(Scheme scheme, String language, String title, String body, Instant updatedAt, String updatedBy,
		long version) {

	/**
	 * A paragraph or a list of the text.
	 */
	public record Block(boolean list, List<String> lines) {

		public String text() {
			return String.join("\n", this.lines);
		}

	}

	/**
	 * The paragraphs and lists of the text, in order.
	 */
	public List<Block> blocks() {
		List<Block> blocks = new ArrayList<>();
		List<String> current = new ArrayList<>();
		boolean list = false;
		for (String raw : this.body.replace("\r\n", "\n").split("\n", -1)) {
			String line = raw.strip();
			boolean item = line.startsWith("- ") || line.equals("-");
			if (line.isEmpty() || item != list) {
				if (!current.isEmpty()) {
					blocks.add(new Block(list, List.copyOf(current)));
					current.clear();
				}
			}
			if (line.isEmpty()) {
				continue;
			}
			list = item;
			current.add(item ? line.substring(1).strip() : line);
		}
		if (!current.isEmpty()) {
			blocks.add(new Block(list, List.copyOf(current)));
		}
		return blocks;
	}

}
