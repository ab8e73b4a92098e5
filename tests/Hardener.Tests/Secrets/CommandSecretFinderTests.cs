using Hardener.Passes.Secrets.Detection;

namespace Hardener.Tests.Secrets;

public class CommandSecretFinderTests
{
    // The expected column lists each secret as flag=value, joined with "|".
    [Theory]
    [InlineData("redis-server --requirepass mypass --appendonly yes", "--requirepass=mypass")]
    [InlineData("redis-server --requirepass \"my pass\" --save \"\"", "--requirepass=my pass")]
    [InlineData("valkey-server --save 60 1 --requirepass 'pw1' --masterauth pw2", "--requirepass=pw1|--masterauth=pw2")]
    [InlineData("mysqladmin ping -h localhost -u root -pRootPw", "-p=RootPw")]
    [InlineData("mysqladmin ping -h localhost --password=RootPw", "--password=RootPw")]
    [InlineData("redis-cli -a hunter2 ping", "-a=hunter2")]
    [InlineData("sh -c \"redis-cli -a hunter2 ping | grep PONG\"", "-a=hunter2")]
    [InlineData("sh -c 'exit | mysql -h localhost -P 3306 -u root -pRootPw'", "-p=RootPw")]
    [InlineData("start --user root --pass rootpw rocksdb:/data/db", "--pass=rootpw")]
    [InlineData("clickhouse-client --password chpw --query 'SELECT 1'", "--password=chpw")]
    [InlineData("/usr/bin/app serve --api-key k-123 --token t-456", "--api-key=k-123|--token=t-456")]
    [InlineData("mongosh -u root -p mongopw --quiet", "-p=mongopw")]
    [InlineData("/usr/local/bin/mysql -upp -ppw", "-p=pw")]
    public void FindLocatesStringSecret(string command, string expected)
    {
        var secrets = CommandSecretFinder.Find(command);

        Assert.Equal(expected, string.Join("|", secrets.Select(secret => $"{secret.Flag}={command[secret.Span.Start..secret.Span.End]}")));
    }

    [Theory]
    [InlineData("redis-server --requirepass ${REDIS_PASSWORD}")]
    [InlineData("redis-server --requirepass \"${REDIS_PASSWORD}\" --save \"\" --appendonly no")]
    [InlineData("redis-server --save 60 1 --loglevel warning --requirepass $REDIS_PASSWORD")]
    [InlineData("redis-cli -a $${REDIS_PASSWORD} ping")]
    [InlineData("redis-cli -a \"$$REDIS_PASSWORD\" ping | grep PONG")]
    [InlineData("exit | mysql -h localhost -P 3306 -u root -p$$MYSQL_ROOT_PASSWORD")]
    [InlineData("redis-server --requirepass \"$$(cat $$REDIS_PASSWORD_FILE)\"")]
    [InlineData("redis-server --requirepass `cat /run/secrets/redis`")]
    [InlineData("sh -c \"bundle exec rails db:prepare && bundle exec rails s -p 3000 -b 0.0.0.0\"")]
    [InlineData("--default-authentication-plugin=mysql_native_password")]
    [InlineData("redis-server --appendonly yes --maxmemory 512mb")]
    [InlineData("app --password-file /run/secrets/pw")]
    [InlineData("redis-cli --no-auth-warning -a")]
    [InlineData("mysql -p --database app")]
    [InlineData("")]
    public void FindIgnoresNonSecret(string command)
    {
        Assert.Empty(CommandSecretFinder.Find(command));
    }

    [Theory]
    [InlineData("redis-server ¦ --requirepass ¦ mypass", 2, "mypass")]
    [InlineData("CMD ¦ redis-cli ¦ -a ¦ hunter2 ¦ ping", 3, "hunter2")]
    [InlineData("CMD ¦ mysqladmin ¦ ping ¦ -h ¦ localhost ¦ -u ¦ root ¦ -pRootPw", 7, "RootPw")]
    [InlineData("CMD-SHELL ¦ redis-cli -a hunter2 ping | grep PONG", 1, "hunter2")]
    [InlineData("sh ¦ -c ¦ mysqladmin ping --password=RootPw", 2, "RootPw")]
    [InlineData("--password=RootPw", 0, "RootPw")]
    public void FindLocatesListSecret(string joined, int index, string expected)
    {
        var arguments = SplitArguments(joined);

        var secret = Assert.Single(CommandSecretFinder.Find(arguments));

        Assert.Equal(index, secret.ArgumentIndex);
        Assert.Equal(expected, arguments[index][secret.Span.Start..secret.Span.End]);
    }

    [Theory]
    [InlineData("CMD ¦ redis-cli ¦ -a ¦ ${REDIS_PASSWORD} ¦ ping")]
    [InlineData("CMD ¦ redis-cli ¦ --no-auth-warning ¦ -a ¦ ${REDIS_PASSWORD} ¦ ping")]
    [InlineData("CMD ¦ mysqladmin ¦ ping ¦ -h ¦ localhost ¦ -u$$MYSQL_USER ¦ -p$$MYSQL_PASSWORD")]
    [InlineData("CMD ¦ mysqladmin ¦ ping ¦ -p ${DB_PASSWORD}")]
    [InlineData("valkey-server ¦ --requirepass ¦ ${VALKEY_PASSWORD}")]
    [InlineData("CMD-SHELL ¦ clickhouse-client --password \"$$CLICKHOUSE_PASSWORD\" --query 'SELECT 1'")]
    public void FindIgnoresListReference(string joined)
    {
        var arguments = SplitArguments(joined);

        Assert.Empty(CommandSecretFinder.Find(arguments));
    }

    // List-form cases are written as one string with " ¦ " between arguments, because attributes take no string arrays.
    private static string[] SplitArguments(string joined) => joined.Split(" ¦ ");

    [Fact]
    public void FindReportsProgramAndKind()
    {
        var secret = Assert.Single(CommandSecretFinder.Find("redis-server --requirepass mypass"));

        Assert.Equal("redis-server", secret.Program);
        Assert.Equal(SecretKind.Password, secret.Kind);
        Assert.Null(secret.ArgumentIndex);
    }
}
