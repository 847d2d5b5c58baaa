package dev.recap.ingest.source;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;
import java.util.function.Consumer;

/** A response body subscriber that keeps at most {@code maxBytes} and fails (cancelling the download) beyond. */
final class CappedBody implements HttpResponse.BodySubscriber<byte[]> {

    private final long maxBytes;
    private final String url;
    private final CompletableFuture<byte[]> result = new CompletableFuture<>();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private Flow.Subscription subscription;

    private final long declared;

    private final Consumer<FetchException> onOverflow;

    CappedBody(long maxBytes, long declared, String url, Consumer<FetchException> onOverflow) {
        this.onOverflow = onOverflow;
        this.maxBytes = maxBytes;
        this.declared = declared;
        this.url = url;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        if (declared > maxBytes) {
            // refused from the Content-Length header, before reading anything
            FetchException tooLarge = tooLarge();
            s.cancel();
            result.completeExceptionally(tooLarge);
            return;
        }
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (result.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            if (out.size() + (long) buffer.remaining() > maxBytes) {
                FetchException tooLarge = tooLarge();
                subscription.cancel();
                result.completeExceptionally(tooLarge);
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        result.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        result.complete(out.toByteArray());
    }

    // the client may fail the exchange with its own "cancelled" error first: the owner learns the real reason here
    private FetchException tooLarge() {
        FetchException tooLarge = new FetchException(url + " is larger than the cap of " + maxBytes + " bytes", false);
        onOverflow.accept(tooLarge);
        return tooLarge;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
        return result;
    }
}
