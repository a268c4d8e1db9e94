/**
 * A chat's own rhythm, beside the flow: when its summaries come (at once, or folded into a digest at set times), when
 * they arrive silently, which clock it reads. The settings are stored with the chat ({@code store.ChatSettingsStore}),
 * changed by commands ({@code bot}) and read by the delivery loop through {@link talkwatch.rhythm.Rhythms}, the
 * {@code deliver.ChatRhythm} of the running bot.
 */
package talkwatch.rhythm;
