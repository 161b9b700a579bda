package io.newsflow.ingest.input;

import io.newsflow.ingest.article.RejectedInputException;
import io.newsflow.ingest.article.RejectionReason;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes text strictly: bytes that are not valid in the declared charset (UTF-8 unless declared)
 * reject the input instead of turning into replacement characters in a published article.
 */
final class TextDecoder {

    private TextDecoder() {
    }

    static String decode(byte[] bytes, Charset charset) {
        Charset effective = charset == null ? StandardCharsets.UTF_8 : charset;
        try {
            return effective.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new RejectedInputException(RejectionReason.UNREADABLE, "the body is not valid " + effective.name());
        }
    }
}
