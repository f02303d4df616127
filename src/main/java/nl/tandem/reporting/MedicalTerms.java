package nl.tandem.reporting;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * The medical-content guard: a maintained Dutch and English word list of health and
 * medication terms ({@code reporting/medical-terms.txt}: one term a line, a trailing
 * {@code *} for every word that begins with it, {@code #} for comments), and the words of
 * a text that match one. Matching ignores case and accents and looks at whole words, so
 * "depressief" matches {@code depress*} and "overdosis" does not match {@code dosis}.
 */
@Component
public class MedicalTerms {

	private static final String LIST = "reporting/medical-terms.txt";

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:-[\\p{L}\\p{N}]+)*");

	private final Set<String> words = new LinkedHashSet<>();

	private final List<String> prefixes = new ArrayList<>();

	MedicalTerms() {
		try (InputStream in = new ClassPathResource(LIST).getInputStream()) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
				String term = line.strip();
				if (term.isEmpty() || term.startsWith("#")) {
					continue;
				}
				if (term.endsWith("*")) {
					this.prefixes.add(plain(term.substring(0, term.length() - 1)));
				}
				else {
					this.words.add(plain(term));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The medical word list cannot be read", ex);
		}
	}

	/**
	 * The words of the text that are health or medication terms, each once, in the order
	 * they first appear, as written in the text.
	 */
	public List<String> find(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		Set<String> hits = new LinkedHashSet<>();
		Matcher words = WORD.matcher(text);
		while (words.find()) {
			String word = words.group();
			String plain = plain(word);
			if (matches(plain) || matchesParts(plain)) {
				hits.add(word.toLowerCase(Locale.ROOT));
			}
		}
		return List.copyOf(hits);
	}

	/**
	 * How many terms the list holds.
	 */
	public int size() {
		return this.words.size() + this.prefixes.size();
	}

	private boolean matches(String plain) {
		return this.words.contains(plain) || this.prefixes.stream().anyMatch(plain::startsWith);
	}

	private boolean matchesParts(String plain) {
		if (!plain.contains("-")) {
			return false;
		}
		for (String part : plain.split("-")) {
			if (matches(part)) {
				return true;
			}
		}
		return false;
	}

	static String plain(String word) {
		String decomposed = Normalizer.normalize(word.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
		return decomposed.replaceAll("\\p{M}", "");
	}

}
