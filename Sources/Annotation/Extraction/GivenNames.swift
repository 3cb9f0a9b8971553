import TextAnalysis

/// Common given names and titles whose bearers are mostly of one gender, so that "she" can skip a
/// man named in full and "he" a woman, and "Mrs. Roe" is not taken for Mr. John Roe. A name missing
/// here only leaves the gender unknown.
enum GivenNames {
    static let femaleTitles = SpeechCues.keys("""
        mrs ms miss madam lady queen princess baroness duchess spokeswoman chairwoman congresswoman businesswoman
        """)
    static let maleTitles = SpeechCues.keys("mr king prince lord duke baron sir spokesman chairman congressman businessman")
    /// Male role titles news also gives women ("spokesman Ruth Hale"): a given name overrides them.
    static let genericRoles = SpeechCues.keys("spokesman chairman congressman businessman")

    /// Whether the word with key `key` (a title or a given name) tells a woman (true), a man (false), or neither (nil).
    static func gender(_ key: UInt64, title: Bool) -> Bool? {
        if (title ? femaleTitles : female).contains(key) { return true }
        if (title ? maleTitles : male).contains(key) { return false }
        return nil
    }

    /// Nouns that tell the gender of someone described, not named ("a young woman", "her father").
    static let femaleNouns = SpeechCues.keys("woman girl mother daughter wife sister grandmother widow actress")
    static let maleNouns = SpeechCues.keys("man boy father son husband brother grandfather widower actor")

    /// The gender a described speaker's last word tells ("unnamed young woman": true), if any.
    static func gender(ofDescription name: String) -> Bool? {
        guard let last = name.split(separator: " ").last else { return nil }
        let key = WordKey.hash(String(last))
        if femaleNouns.contains(key) || femaleTitles.contains(key) { return true }
        if maleNouns.contains(key) || maleTitles.contains(key) { return false }
        return nil
    }

    static let female = SpeechCues.keys("""
        mary patricia jennifer linda elizabeth barbara susan jessica sarah karen nancy lisa betty margaret \
        sandra ashley kimberly emily donna michelle carol amanda dorothy melissa deborah stephanie rebecca \
        sharon laura cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha \
        katherine christine debra rachel carolyn janet catherine maria heather diane ruth julie olivia joyce \
        virginia victoria kelly lauren christina joan evelyn judith megan andrea cheryl hannah jacqueline \
        martha gloria teresa ann sara madison frances kathryn janice jean abigail alice judy sophia grace \
        denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany charlotte marie \
        kayla alexis lori sonia elena ruth \
        michele nancy tammy claire kirsten elise susana jill janet \
        hope sheila marsha jeanne wendy dana valerie donna tina gretchen katy anne angela ursula theresa \
        jacinda marine giorgia indira benazir golda margaret hillary carly nikki cindy jane \
        kathy susie debbie peggy becky sally molly holly kristen katie allison erin meghan \
        claudia stacey stacy tracy tracey kristin kristina krista tamara tanya vanessa veronica monica erica erika \
        rebekah leah naomi miriam esther sylvia silvia irene rosa rose lillian lily lucy julia juliana gabriela gabrielle \
        adriana alicia alison alyssa amelia ava chloe ella hailey haley jasmine jenna jenny joanna jocelyn kate \
        katharine loretta lucia maureen melanie melinda mia nina nora patty penny priscilla rita \
        roberta rosemary sabrina sophie stella susanna suzanne tara terri tiffany vivian wanda yolanda yvonne \
        zoe beth bethany carla carmen caroline cecilia colleen connie constance courtney daisy darlene dawn deanna \
        eileen elaine eleanor ellen elsa faith felicia fiona florence gina glenda gwen harriet hazel heidi ingrid \
        irma iris jeanette joanne josephine juanita karla katrina laurie lois lorraine louise lydia madeline \
        madeleine marcia margo marjorie marla maxine meredith mildred nadia nadine natasha nell norma olga paige \
        paula pauline pearl phyllis rachael ramona regina renee rhonda roxanne ruby sheryl sonya sue thelma tonya \
        trisha vera vicki vickie viola wilma beatrice bernadette betsy bonnie brooke candace cassandra cathy \
        celeste charlene chelsea christy clara cora daphne edith edna eliza ellie emilia eva genevieve geraldine \
        gladys greta hilda imelda joy katelyn kendra kimberley lana leona lorna lucille mae marcy margarita \
        maribel marisa marissa martina mercedes michaela mona petra rosalind sadie selena serena shana shauna \
        sheri stacie tabitha trina yasmin yasmeen zainab fatima aisha ayesha maryam amina mariam samira leila \
        layla sofia anita anjali priya marianne meg liz lizzie dianne
        """)
    static let male = SpeechCues.keys("""
        james robert john michael david william richard joseph thomas charles christopher daniel matthew \
        anthony mark donald steven paul andrew joshua kenneth kevin brian george timothy ronald edward jason \
        jeffrey ryan jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel \
        gregory alexander frank patrick raymond jack dennis jerry tyler aaron jose adam nathan henry douglas \
        zachary peter kyle ethan walter noah jeremy christian keith roger terry gerald harold sean austin \
        carl arthur lawrence dylan jesse jordan bryan billy joe bruce gabriel logan albert willie alan juan \
        wayne elijah randy roy vincent ralph eugene russell bobby mason philip louis bernard ted \
        mike bill hugh chris rick kevin mitch harry \
        tim tom ben dick al jim bob ken fred sam steve dan tony jon greg ron ed pete jimmy ronald gerald \
        lyndon dwight franklin herbert calvin woodrow theodore reid jeff karl stephen \
        vladimir xi emmanuel boris justin narendra recep benjamin angelo antonio giuseppe francois jacques \
        hans klaus olaf wolfgang sergei dmitri ahmed mohammed muhammad ali omar hassan hussein abdullah \
        bernie marco corey chuck rudy marty martin howard neil luis carlos \
        matt morton nick josh jake zach zack max maxwell alex andy andre andres arturo alberto alfredo enrique \
        eduardo fernando francisco javier jorge manuel miguel pedro rafael ramon ricardo roberto sergio diego \
        pablo raul rodrigo salvador armando hector ivan oscar cesar ruben julio gustavo brad bradley brett bret \
        chad cody colin curt curtis dale darrell darren dean derek devin don donnie drew dustin earl eddie edwin \
        elliot elliott ernest ernie floyd gabe garrett gavin gene glen glenn gordon hank herman jared jay \
        jeffery jeremiah jerome joel johnny jonah julian kirk lance leon leonard leroy lloyd lonnie luke lyle \
        malcolm marc marcus mario marvin maurice melvin micah mitchell mohammad mustafa nathaniel neal norman \
        otis owen preston quentin reggie reginald rex ricky rob robbie rod rodney roland rudolph russ sammy seth \
        shane shawn spencer stan stanley stuart tad terrence theo todd tommy travis trent trevor troy vernon \
        vince wade wesley wes wilbur willard ahmad ahmet amir hamid ibrahim ismail jamal karim khalid mahmoud \
        mehmet moammar muammar nasser rashid reza saeed salman tariq yusuf yousef hossein javad sheldon morris \
        boyd clay milton dwayne duane mauricio felipe dmitry mikhail sergey alexei nikolai yuri igor viktor stefan \
        matthias pierre nicolas silvio matteo giovanni luigi
        """)
}
