using ParIndex.App.Files;

namespace ParIndex.App.Tests.Surveys;

/// <summary>Answer files are read as streams: a record is available before the rest of the file has been read.</summary>
public sealed class StreamingTests
{
    /// <summary>A CSV text without end: a header, then numbered rows forever.</summary>
    private sealed class EndlessCsv : TextReader
    {
        private string _buffer = "\uFEFF_uuid,unit,q1\n";
        private int _at;
        private int _row;

        public long Consumed { get; private set; }

        public override int Peek()
        {
            Fill();
            return _buffer[_at];
        }

        public override int Read()
        {
            Fill();
            Consumed++;
            return _buffer[_at++];
        }

        private void Fill()
        {
            if (_at < _buffer.Length) return;
            _row++;
            _buffer = $"r{_row},A,\"{_row % 5 + 1}\"\r\n";
            _at = 0;
        }
    }

    [Fact]
    public void CSV_records_come_one_at_a_time_from_an_endless_reader()
    {
        var reader = new EndlessCsv();
        var first = Csv.Records(reader, "endless.csv").Take(1001).ToList();
        Assert.Equal(["_uuid", "unit", "q1"], first[0].Fields);
        Assert.Equal(["r1000", "A", "1"], first[1000].Fields);
        Assert.Equal(1001, first[1000].Line);
        Assert.True(reader.Consumed < 20_000, $"read {reader.Consumed} characters for 1001 records");
    }
}
