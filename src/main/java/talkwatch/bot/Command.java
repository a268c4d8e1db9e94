package talkwatch.bot;

/** One bot command, such as /subscribe. */
interface Command {

    Reply handle(Request request);
}
