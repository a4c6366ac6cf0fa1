using System.Text;

namespace FiscalAudit.Cli.Outputs;

/// <summary>A write-only UTF-8 stream onto a <see cref="TextWriter"/> (standard output), for writers that need a stream.</summary>
public sealed class TextWriterStream : Stream
{
    private readonly TextWriter writer;
    private readonly Decoder decoder = new UTF8Encoding(false).GetDecoder();
    private char[] chars = new char[4096];

    public TextWriterStream(TextWriter writer)
    {
        this.writer = writer;
    }

    public override bool CanRead => false;

    public override bool CanSeek => false;

    public override bool CanWrite => true;

    public override long Length => throw new NotSupportedException();

    public override long Position { get => throw new NotSupportedException(); set => throw new NotSupportedException(); }

    public override void Write(byte[] buffer, int offset, int count) => Write(buffer.AsSpan(offset, count));

    public override void Write(ReadOnlySpan<byte> buffer)
    {
        var needed = decoder.GetCharCount(buffer, flush: false);
        if (needed > chars.Length) chars = new char[needed];
        var n = decoder.GetChars(buffer, chars, flush: false);
        writer.Write(chars, 0, n);
    }

    public override void Flush() => writer.Flush();

    public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();

    public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();

    public override void SetLength(long value) => throw new NotSupportedException();
}
