/** Plain-text mail body with its links made clickable (so a demo invitation can be followed). */
export function MailBody({ body }: { body: string }) {
  const parts = body.split(/(https?:\/\/[^\s<>"')]+)/g);
  return (
    <pre className="mail-body">
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <a key={index} href={part}>
            {part}
          </a>
        ) : (
          part
        ),
      )}
    </pre>
  );
}
