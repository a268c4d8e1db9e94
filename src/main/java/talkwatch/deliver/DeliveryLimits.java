package talkwatch.deliver;

/**
 * Telegram's flood limits as configured under {@code delivery:}
 * (https://core.telegram.org/bots/faq#my-bot-is-hitting-limits-how-do-i-avoid-this): messages per
 * second overall, per chat, and per minute to one group or channel. With {@code paidBroadcast}
 * every message carries {@code allow_paid_broadcast} and the overall rate may go up to 1000/s
 * (https://core.telegram.org/bots/api#sendmessage); Telegram charges Stars for what exceeds 30/s.
 */
public record DeliveryLimits(int globalPerSecond, int perChatPerSecond, int perGroupPerMinute, boolean paidBroadcast) {

    public static final int FREE_GLOBAL_MAX = 30;
    public static final int PAID_GLOBAL_MAX = 1000;

    public static DeliveryLimits defaults() {
        return new DeliveryLimits(25, 1, 20, false);
    }
}
