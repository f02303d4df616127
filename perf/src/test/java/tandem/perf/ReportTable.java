package tandem.perf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Prints the statistics table of a Gatling HTML report (every request with its count,
 * failures, throughput and response-time percentiles) as a Markdown table, for
 * docs/performance.md. Gatling's console summary only has the global figures.
 * <p>
 * {@code java perf/src/test/java/tandem/perf/ReportTable.java [report folder]}; without an
 * argument it takes the newest report under {@code perf/target/gatling}.
 */
public final class ReportTable {

	private static final Pattern HEADER = Pattern
		.compile("<th (?:rowspan=\"2\" )?id=\"col-(\\d+)\"[^>]*><span>(?:<abbr[^>]*>)?([^<]+)<");

	private static final Pattern NAME = Pattern.compile("class=\"ellipsed-name\">([^<]*)</span>");

	private static final Pattern CELL = Pattern.compile("<td class=\"value [a-z]+ col-(\\d+)\">([^<]*)</td>");

	private ReportTable() {
	}

	public static void main(String[] args) throws IOException {
		Path report = (args.length > 0) ? Path.of(args[0]) : newest(Path.of("perf/target/gatling"));
		String html = Files.readString(report.resolve("index.html"));
		Map<Integer, String> headers = new TreeMap<>();
		Matcher header = HEADER.matcher(html);
		while (header.find()) {
			headers.put(Integer.valueOf(header.group(1)), header.group(2).trim());
		}
		System.out.println("Report: " + report);
		System.out.println("| " + String.join(" | ", headers.values()) + " |");
		System.out.println("|---" + "|--:".repeat(headers.size() - 1) + "|");
		String table = html.substring(html.indexOf("<table id=\"container_statistics_head\""));
		for (String row : table.split("<tr id=\"")) {
			Matcher name = NAME.matcher(row);
			if (!name.find()) {
				continue;
			}
			List<String> cells = new ArrayList<>(List.of(name.group(1)));
			Matcher cell = CELL.matcher(row);
			while (cell.find()) {
				cells.add(cell.group(2));
			}
			System.out.println("| " + String.join(" | ", cells) + " |");
		}
	}

	private static Path newest(Path reports) throws IOException {
		try (Stream<Path> runs = Files.list(reports)) {
			return runs.filter(run -> Files.exists(run.resolve("index.html")))
				.max(Comparator.comparing(run -> run.toFile().lastModified()))
				.orElseThrow(() -> new IllegalStateException("No Gatling report under " + reports));
		}
	}

}
