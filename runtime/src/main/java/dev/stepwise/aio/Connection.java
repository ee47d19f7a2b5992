package dev.stepwise.aio;

/**
 * The two streams of one connection, as {@link Aio#openConnection} returns them. Python's
 * {@code (reader, writer)} pair of {@code asyncio.open_connection()}.
 *
 * @param reader what the peer sends
 * @param writer what this side sends
 */
public record Connection(StreamReader reader, StreamWriter writer) {}
