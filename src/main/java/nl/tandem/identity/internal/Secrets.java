package nl.tandem.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * Random secrets and their SHA-256 hashes. What is stored of a link or a recovery code is
 * its hash only; the secret itself exists only where its owner keeps it.
 */
public final class Secrets {

	private static final String CODE_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

	private static final SecureRandom RANDOM = new SecureRandom();

	private Secrets() {
	}

	/**
	 * 256 random bits, written so that they fit in a URL.
	 */
	public static String token() {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

	/**
	 * A recovery code of ten unambiguous characters (about 50 bits), written as two
	 * groups of five.
	 */
	public static String recoveryCode() {
		StringBuilder code = new StringBuilder();
		for (int i = 0; i < 10; i++) {
			if (i == 5) {
				code.append('-');
			}
			code.append(CODE_ALPHABET.charAt(RANDOM.nextInt(CODE_ALPHABET.length())));
		}
		return code.toString();
	}

	/**
	 * A recovery code as typed, without spaces, dashes or capitals.
	 */
	public static String normaliseCode(String typed) {
		return (typed != null) ? typed.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") : "";
	}

	public static String sha256(String text) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is part of every Java runtime", ex);
		}
	}

}
